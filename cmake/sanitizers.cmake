# PERSPECTIVE_SANITIZE=address,undefined instruments every target (CI's second pass).
if(PERSPECTIVE_SANITIZE)
  # -Og after the build type's -O2 (the later one wins): GCC's UBSan makes optimised builds slow to
  # compile (a test file: 52 s at -O1, 28 s at -Og, against 16 s without sanitizers), and -Og keeps
  # the optimisations that do not get in the way of a readable report. CI's 30 minutes on 2 cores
  # cannot spare the difference. A Debug build keeps its -O0.
  add_compile_options($<$<NOT:$<CONFIG:Debug>>:-Og> -fsanitize=${PERSPECTIVE_SANITIZE} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${PERSPECTIVE_SANITIZE})
endif()
