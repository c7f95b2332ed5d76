# Strict warnings for the project's own targets only; Debian's headers are included as SYSTEM.
# Errors only where PERSPECTIVE_WARNINGS_AS_ERRORS is on (the ci and asan presets, scripts/test),
# so a newer compiler's new warning cannot stop someone building a release.
function(perspective_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
  if(PERSPECTIVE_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(PERSPECTIVE_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC's flow analysis gives false -Wmaybe-uninitialized alarms under -fsanitize (documented in
    # GCC's manual); the ordinary build keeps the warning as an error.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
