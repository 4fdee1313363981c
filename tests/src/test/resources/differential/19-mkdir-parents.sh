# mkdir -p and -m, rmdir -p, and the errors along the way.
mkdir -p a/b/c
mkdir -p a/b/c && echo "again ok"
mkdir a/b/c
echo "status $?"
mkdir -m 705 m
stat -c '%n %a' m
mkdir -p -m 711 p/q
stat -c '%n %a' p p/q | sed 's/^p /p parent /'
mkdir x/y
echo "status $?"
rmdir -p a/b/c
[ -e a ] || echo "a removed"
