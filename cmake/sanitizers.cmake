# PERSPECTIVE_SANITIZE=address,undefined instruments every target (CI's second pass).
if(PERSPECTIVE_SANITIZE)
  add_compile_options(-fsanitize=${PERSPECTIVE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${PERSPECTIVE_SANITIZE})
endif()
