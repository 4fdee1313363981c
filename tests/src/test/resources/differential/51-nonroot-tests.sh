# user: 1000:1000
# test -r -w -x as an unprivileged user on the root's files and a sticky directory.
for p in /bin/busybox /etc /etc/passwd /root /tmp .; do
  r=-; w=-; x=-
  [ -r $p ] && r=r; [ -w $p ] && w=w; [ -x $p ] && x=x
  echo "$p $r$w$x"
done
ls /root > /dev/null && echo "root listable"
mkdir own
chmod 1777 own
stat -c '%a %u' own
echo x > own/f
chmod 444 own/f
echo y > own/f
echo "status $?"
rm -f own/f && echo "removed read-only file in own dir"
