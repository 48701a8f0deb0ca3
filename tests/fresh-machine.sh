#!/usr/bin/env bash
# Runs the README's two commands the way a newcomer would, on a machine that has only the .NET
# SDK, Node.js and git: a minimal Debian root (debootstrap) holding this machine's SDK and
# Node.js, then inside it ./test.sh in one fresh clone of the repository's HEAD and the demo in
# another. Each must install what it needs itself: ./test.sh the Debian packages and Azurite,
# the demo Azurite.
#
#   sudo tests/fresh-machine.sh [root-dir]      # default /tmp/amtza-fresh-root; 8 to 13 minutes here
#
# Needs root (debootstrap, chroot, mounts) and Debian's mirror. Each command's log is written
# beside the root (<root>.test.log, <root>.demo.log). The root is removed first if it exists.
set -euo pipefail

root="${1:-/tmp/amtza-fresh-root}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
[ "$(id -u)" = 0 ] || { echo "fresh-machine.sh: run as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
dotnet_home="$(dirname "$(readlink -f "$(command -v dotnet)")")"
node_bin="$(readlink -f "$(command -v node)")"
npm_home="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"

# Processes left inside the root (MSBuild's reused nodes, the compiler server) keep its mounts
# busy: stop them, then unmount. /dev is this machine's own, bind-mounted: the root is never
# deleted while anything is still mounted below it, and rm stays on the root's own file system.
stop_inside() {
  for proc in /proc/[0-9]*; do
    case "$(readlink "$proc/root" 2>/dev/null)" in "$root"|"$root"/*) kill -9 "${proc#/proc/}" 2>/dev/null || true ;; esac
  done
}
unmount() {
  stop_inside
  for m in dev sys proc; do umount -R "$root/$m" 2>/dev/null || true; done
  if grep -q " $root/" /proc/mounts; then echo "fresh-machine.sh: still mounted below $root; unmount it by hand" >&2; return 1; fi
}
trap unmount EXIT
unmount
rm -rf --one-file-system "$root"

# What a .NET SDK container image has besides the SDK (libicu, OpenSSL, certificates, git).
debootstrap --variant=minbase --include=ca-certificates,git,libicu72,libssl3,zlib1g,tzdata \
  bookworm "$root" http://deb.debian.org/debian >"$root.debootstrap.log"
cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/" 2>/dev/null && rm -f "$root/etc/apt/sources.list" || true
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# This machine's settings, not the project's: certificate authorities and npm's CA file.
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
chroot "$root" update-ca-certificates >/dev/null
[ -f /usr/etc/npmrc ] && mkdir -p "$root/usr/etc" && cp /usr/etc/npmrc "$root/usr/etc/npmrc"

# The two things the README asks for: the .NET SDK and Node.js (with npm).
mkdir -p "$root/usr/share" "$root/usr/lib/node_modules"
cp -a "$dotnet_home" "$root/usr/share/dotnet" && ln -sf /usr/share/dotnet/dotnet "$root/usr/bin/dotnet"
cp -a "$node_bin" "$root/usr/bin/node"
cp -a "$npm_home" "$root/usr/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"

git clone -q "$repo" "$root/root/test"
git clone -q "$repo" "$root/root/demo"
mount -t proc proc "$root/proc"; mount --rbind /sys "$root/sys"; mount --rbind /dev "$root/dev"

inside() {
  chroot "$root" /usr/bin/env -i HOME=/root TERM=xterm COLUMNS=80 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
    ${NUGET_CERT_REVOCATION_MODE:+NUGET_CERT_REVOCATION_MODE=$NUGET_CERT_REVOCATION_MODE} \
    bash -c "cd /root/$1 && $2"
}

for step in "test:./test.sh" "demo:dotnet run --project functions/AmtzaHaderech.Integrations.Cli -- demo"; do
  name="${step%%:*}"
  started=$SECONDS
  if inside "$name" "${step#*:}" >"$root.$name.log" 2>&1; then status=passed; else status="FAILED (exit $?)"; fi
  echo "fresh-machine.sh: $name $status in $((SECONDS - started)) s; log: $root.$name.log"
  [ "$status" = passed ] || exit 1
done
