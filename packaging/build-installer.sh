#!/usr/bin/env bash
# Builds ConvLab's app image and .deb with jpackage (JDK 17+), from what `mvn package` left in
# target/: convlab.jar and its libraries in target/lib. Called by `mvn -B -Pinstaller package`.
#   packaging/build-installer.sh VERSION [TYPES]    e.g. 0.2.0-SNAPSHOT "app-image deb"
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?version}
types=${2:-app-image deb}
app_version=${version%%-*}          # jpackage wants digits and dots: 0.2.0-SNAPSHOT -> 0.2.0
out=target/installer
input=target/jpackage-input
rm -rf "$out" "$input"
mkdir -p "$out" "$input/lib"
cp target/convlab.jar "$input/"
cp target/lib/*.jar "$input/lib/"

# The runtime: the JDK modules the app and its libraries use (jdeps), the Vector API used by the
# engine's fast path when present, locales for number formatting.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.incubator.vector
# JVM options the app needs: the Vector API module, a heap for full-HD work, JavaFX on the class path.
java_options=(--java-options "--add-modules=jdk.incubator.vector" --java-options "-Xmx2g"
              --java-options "-Dfile.encoding=UTF-8")
common=(--name ConvLab --app-version "$app_version" --vendor "ConvLab"
        --description "Teaching factorized convolutions, one multiply at a time"
        --copyright "ConvLab authors, Apache License 2.0")

jpackage --type app-image --dest "$out" --input "$input" --main-jar convlab.jar \
  --main-class org.convlab.Launcher --icon packaging/convlab.png \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  "${java_options[@]}" "${common[@]}"
echo "app image: $out/ConvLab (run $out/ConvLab/bin/ConvLab)"

if [[ " $types " == *" deb "* ]]; then
  jpackage --type deb --dest "$out" --app-image "$out/ConvLab" \
    --linux-package-name convlab --linux-shortcut --linux-menu-group "Education;Science" \
    --linux-app-category education --linux-deb-maintainer "convlab@localhost" \
    --license-file LICENSE --icon packaging/convlab.png "${common[@]}"
  ls "$out"/*.deb
fi
