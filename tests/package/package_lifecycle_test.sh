#!/usr/bin/env bash
# The Debian package's whole life on this machine, as root (CI runs as root; elsewhere: skipped, 77):
#   build version N and N+1 from the tested build tree (scripts/package, lintian without errors),
#   dpkg -i N: programs, man pages, user `perspective`, /var/lib/perspective 0700, unit disabled;
#   `perspective-export --version` and a report that reads only the installed questionnaires;
#   answers stored as the kiosk's user (database 0600); upgrade to N+1: the same answers found;
#   dpkg -r: no file of the package left, the answers kept; dpkg -P: a warning, then gone;
#   dpkg -r with no answers: nothing at all left.
#   usage: package_lifecycle_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$(cd "$1" && pwd)
build_dir=$(cd "$2" && pwd)
state=/var/lib/perspective

[ "$(id -u)" -eq 0 ] || { echo "skipped: dpkg -i needs root (CI runs as root)"; exit 77; }
if dpkg-query -W -f='${Status}' perspective 2>/dev/null | grep -q installed; then
  echo "skipped: a perspective package is already installed here; not touching it"; exit 77
fi
[ ! -e "$state" ] || { echo "skipped: $state already exists; not touching it"; exit 77; }

work=$(mktemp -d)
default_target=$(readlink /etc/systemd/system/default.target || true)  # perspective-setup changes it
user_existed=0
getent passwd perspective >/dev/null && user_existed=1
cleanup() {
  dpkg -P perspective >/dev/null 2>&1 || true
  rm -rf "$state" "$work" /etc/systemd/system/perspective-kiosk.service.d
  rm -f /etc/systemd/system/graphical.target.wants/perspective-kiosk.service
  if [ -n "$default_target" ]; then ln -sfn "$default_target" /etc/systemd/system/default.target
  else rm -f /etc/systemd/system/default.target; fi
  [ "$user_existed" -eq 1 ] || userdel perspective 2>/dev/null || true
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
check() { local what=$1; shift; "$@" || fail "$what"; echo "ok: $what"; }
mode_owner() { stat -c '%a %U' "$1"; }

version=$("$build_dir/bin/perspective-export" --version | awk '{print $2}')
next=$(awk -F. -v OFS=. '{$NF=$NF+1; print}' <<<"$version")
deb_n=$("$source_dir/scripts/package" --build-dir "$build_dir" --out "$work/n")
deb_next=$("$source_dir/scripts/package" --build-dir "$build_dir" --out "$work/next" --version "$next")
check "package named perspective_${version}_amd64.deb" test "$(basename "$deb_n")" = "perspective_${version}_amd64.deb"

# --- install N ---------------------------------------------------------------------------------
dpkg -i "$deb_n" >/dev/null
check "perspective-export --version from /usr/bin" test "$(/usr/bin/perspective-export --version)" = "perspective-export $version"
check "perspective-kiosk --version from /usr/bin" test "$(/usr/bin/perspective-kiosk --version)" = "perspective-kiosk $version"
check "man pages installed" test -f /usr/share/man/man1/perspective-kiosk.1.gz -a -f /usr/share/man/man1/perspective-export.1.gz
check "system user perspective" test "$(getent passwd perspective | cut -d: -f6)" = "$state"
check "$state is 0700 perspective" test "$(mode_owner "$state")" = "700 perspective"
check "unit installed" test -f /usr/lib/systemd/system/perspective-kiosk.service
check "unit not enabled" test -z "$(find /etc/systemd/system -name 'perspective-kiosk.service' 2>/dev/null)"

# The installed programs read /usr/share/perspective even with this source tree beside them.
check "installed exporter defaults to /usr/share/perspective" \
  grep -q -- '--questionnaires TEXT:DIR=/usr/share/perspective/questionnaires' <(cd / && env -u PERSPECTIVE_ASSETS /usr/bin/perspective-export report --help)

as_kiosk() { (cd / && env -u PERSPECTIVE_ASSETS runuser -u perspective -- "$@"); }
db=$state/responses.db
as_kiosk /usr/bin/perspective-export import --db "$db" --questionnaire offender --site "Package test" \
  --date 2011-03-01 /usr/share/perspective/demo/offender.csv >/dev/null
as_kiosk /usr/bin/perspective-export report --db "$db" --format json >"$work/before.json"
check "report from installed paths counts the answers" grep -q '"offender"' "$work/before.json"
# Made here with the usual umask (0644); the unit's UMask=0077 makes the kiosk's own files 0600,
# and the postinst puts any database it finds right on an upgrade (checked below).

# --- perspective-setup: PIN from standard input (never argv), site, questionnaire, unit enabled ---
printf '246813\n' | /usr/sbin/perspective-setup --site "Package test" --questionnaire victim >"$work/setup.out" 2>&1 \
  || { cat "$work/setup.out" >&2; fail "perspective-setup"; }
check "setup enabled the unit" test -L /etc/systemd/system/graphical.target.wants/perspective-kiosk.service
check "setup offers only the victim questionnaire" \
  grep -q -- '--questionnaire victim' /etc/systemd/system/perspective-kiosk.service.d/questionnaire.conf
check "setup stored the PIN and site in the kiosk's database" \
  test "$(sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM setting WHERE key IN ('site', 'staff_pin_hash')")" = 2

# --- upgrade to N+1 ----------------------------------------------------------------------------
dpkg -i "$deb_next" >/dev/null
check "upgraded to $next" test "$(dpkg-query -W -f='${Version}' perspective)" = "$next"
as_kiosk /usr/bin/perspective-export report --db "$db" --format json >"$work/after.json"
check "the answers stored under N are found after the upgrade" cmp -s "$work/before.json" "$work/after.json"
check "$state still 0700 after the upgrade" test "$(mode_owner "$state")" = "700 perspective"
check "database 0600 perspective after the upgrade" test "$(mode_owner "$db")" = "600 perspective"

# --- remove: nothing of the package left, the answers kept -------------------------------------
dpkg-deb -c "$deb_next" | awk '$1 !~ /^d/ {sub(/^\./, "", $6); print $6}' >"$work/files"
dpkg -r perspective >/dev/null
left=$(while read -r f; do [ ! -e "$f" ] || echo "$f"; done <"$work/files")
check "dpkg -r leaves no file of the package" test -z "$left"
check "dpkg -r disables the unit" test ! -e /etc/systemd/system/graphical.target.wants/perspective-kiosk.service
check "dpkg -r keeps the answers" test -s "$db"

# --- purge: a warning, then the answers are gone -----------------------------------------------
dpkg -P perspective >/dev/null 2>"$work/purge.err"
check "purge warns before deleting the answers" grep -q "WARNING: deleting $state" "$work/purge.err"
check "purge deletes $state" test ! -e "$state"
check "purge deletes perspective-setup's drop-in" test ! -e /etc/systemd/system/perspective-kiosk.service.d

# --- remove with no answers: nothing left at all -----------------------------------------------
dpkg -i "$deb_n" >/dev/null
dpkg -r perspective >/dev/null
check "dpkg -r of an unused kiosk leaves no $state" test ! -e "$state"
echo "package lifecycle: all checks passed"
