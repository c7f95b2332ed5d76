# The Debian package, made by CPack's DEB generator from the build tree `cmake --install` fills:
#   cpack --config build/CPackConfig.cmake   →   perspective_<version>_amd64.deb   (scripts/package)
#
# Why CPack rather than debian/ + dpkg-buildpackage: the package is built from the same CMake
# tree as the tests, so CI packages the binaries it has just tested in seconds instead of
# compiling everything a second time (dpkg-buildpackage builds from a clean source tree), and the
# install rules (cmake/install.cmake) stay the one list of what is shipped. What debhelper would
# add is done here by hand: dpkg-shlibdeps for library Depends, stripped binaries, the changelog,
# copyright, gzipped man pages and the maintainer scripts in cmake/packaging/.
set(packaging ${CMAKE_CURRENT_LIST_DIR}/packaging)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME perspective)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "HM Inspectorate of Probation")
set(CPACK_PACKAGE_CONTACT "Perspective maintainers <perspective@hmiprobation.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline questionnaire kiosk for probation inspections")
# The extended description only: CPack puts the summary above it and indents each line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Perspective asks people under probation supervision, victims and
sentencers the questions of HM Inspectorate of Probation's inspections on a
fullscreen touchscreen kiosk, one question per page, in English, Welsh or Easy
Read, and stores the answers without names. perspective-export turns the
answers into the figures of an inspection report.
.
The package includes a systemd unit that runs the kiosk inside the cage
compositor on tty1 as the system user perspective; it is installed disabled
(see perspective-setup).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)          # perspective_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
# Library Depends (libsdl2, libsqlite3, libsodium, libespeak-ng, …) from the binaries themselves.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: files and programs used at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, cage, xwayland, libpam-systemd, fonts-sil-andika, fonts-opendyslexic, fonts-dejavu-core, espeak-ng-data, libgl1-mesa-dri, libegl1")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${packaging}/postinst ${packaging}/prerm ${packaging}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# Only the `cmake --install` rules of the project (not GoogleTest's or anyone else's).
set(CPACK_COMPONENTS_ALL Unspecified)

# Debian policy: /usr/share/doc/<package>/copyright and the changelog, gzip -9n; a native package
# (no Debian revision: this project is its own upstream) names it changelog.gz.
set(changelog_packed ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${changelog_packed}
                   COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
                   COMMAND ${PERSPECTIVE_GZIP} -9n -c ${packaging}/changelog > ${changelog_packed}
                   DEPENDS ${packaging}/changelog VERBATIM)
add_custom_target(perspective_changelog ALL DEPENDS ${changelog_packed})
install(FILES ${changelog_packed} ${packaging}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

include(CPack)
