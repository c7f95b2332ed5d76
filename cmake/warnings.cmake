# Strict warnings for the project's own targets only; Debian's headers are included as SYSTEM.
function(perspective_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Werror)
  if(PERSPECTIVE_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC's flow analysis gives false -Wmaybe-uninitialized alarms under -fsanitize (documented in
    # GCC's manual); the ordinary build keeps the warning as an error.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
