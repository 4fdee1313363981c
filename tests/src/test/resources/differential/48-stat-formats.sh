# stat formats that do not depend on the host.
touch -d '2012-12-12 12:12:12' f
echo 12345 > g
mkdir d
stat -c '%n|%s|%a|%A|%F|%u|%g|%h' f g d
stat -c '%N' f
ln -s g l
stat -c '%N' l
TZ=UTC0 stat -c '%y' f | cut -c1-19
stat -f -c '%l' .
