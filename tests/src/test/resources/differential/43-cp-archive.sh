# cp -a keeps symlinks, modes and times; cp -L follows.
mkdir src
echo data > src/file
ln -s file src/link
chmod 604 src/file
touch -d '2003-03-03 03:03:03' src/file
cp -a src dst
stat -c '%n %F %a %Y' dst/file
stat -c '%n %F' dst/link
readlink dst/link
cp -L src/link followed
stat -c '%n %F' followed
cp src/link plain
stat -c '%n %F' plain
