# Symbolic links: relative, absolute, dangling, to directories; readlink and -h tests.
echo target > t
ln -s t rel
ln -s "$PWD/t" abs
ln -s missing dangling
mkdir dir
ln -s dir dlink
readlink rel abs dangling dlink | sed "s|$PWD|PWD|"
cat rel abs
cat dangling
echo "cat dangling: $?"
[ -h dangling ] && echo "is link"
[ -e dangling ] || echo "target missing"
touch dlink/inside
ls dir
stat -c '%n %F' rel dlink dir
stat -L -c '%n %F' dlink
