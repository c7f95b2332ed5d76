# What `cmake --install` (and so the Debian package) puts where, under CMAKE_INSTALL_PREFIX:
#   bin/perspective-kiosk, bin/perspective-export, sbin/perspective-setup
#   share/perspective/{questionnaires,kiosk,demo}   read by the programs (PERSPECTIVE_INSTALLED_ASSETS_DIR)
#   share/doc/perspective/                          README, deploy guide, store schema
#   share/man/man1, man8                            one page per program
#   lib/systemd/system/perspective-kiosk.service    the kiosk session (cmake/packaging/)
install(TARGETS perspective-export RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(PERSPECTIVE_BUILD_KIOSK)
  install(TARGETS perspective-kiosk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(PROGRAMS ${PROJECT_SOURCE_DIR}/scripts/perspective-setup DESTINATION ${CMAKE_INSTALL_SBINDIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/questionnaires ${PROJECT_SOURCE_DIR}/assets/kiosk
                  ${PROJECT_SOURCE_DIR}/assets/demo
        DESTINATION ${CMAKE_INSTALL_DATADIR}/perspective
        FILES_MATCHING PATTERN "*.yaml" PATTERN "*.csv")

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/deploy.md
              ${PROJECT_SOURCE_DIR}/docs/store-schema.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Man pages are compressed as Debian policy asks (gzip -9n: no name or time stamp inside).
find_program(PERSPECTIVE_GZIP gzip REQUIRED)
set(man_pages perspective-kiosk.1 perspective-export.1 perspective-setup.8)
foreach(page IN LISTS man_pages)
  set(packed ${PROJECT_BINARY_DIR}/man/${page}.gz)
  add_custom_command(OUTPUT ${packed}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
                     COMMAND ${PERSPECTIVE_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/cmake/packaging/man/${page} > ${packed}
                     DEPENDS ${PROJECT_SOURCE_DIR}/cmake/packaging/man/${page} VERBATIM)
  list(APPEND packed_pages ${packed})
  string(REGEX MATCH "[0-9]$" section ${page})
  install(FILES ${packed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
endforeach()
add_custom_target(perspective_man_pages ALL DEPENDS ${packed_pages})

install(FILES ${PROJECT_SOURCE_DIR}/cmake/packaging/perspective-kiosk.service DESTINATION lib/systemd/system)
