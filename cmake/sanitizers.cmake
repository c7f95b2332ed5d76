# PERSPECTIVE_SANITIZE=address,undefined instruments every target (CI's second pass).
if(PERSPECTIVE_SANITIZE)
  # -O1 after the build type's -O2 (the later one wins): GCC's UBSan makes -O2 about three times
  # slower to compile (a CLI file: 80 s against 27 s), and -O1 is what the sanitizers' own
  # documentation recommends for usable reports at a reasonable speed.
  add_compile_options(-O1 -fsanitize=${PERSPECTIVE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${PERSPECTIVE_SANITIZE})
endif()
