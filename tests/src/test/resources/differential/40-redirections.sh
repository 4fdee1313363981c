# File descriptors: exec redirections, dup, here-documents.
exec 3> out
echo to3 >&3
echo more >&3
exec 3>&-
cat out
exec 4< out
read first <&4
read second <&4
echo "$first/$second"
exec 4<&-
cat <<END > doc
x=$((6*7))
END
cat doc
echo err 2>&1 >/dev/null | wc -c
{ echo a; echo b >&2; } > both 2>&1
cat both
cat < missing
echo "status $?"
