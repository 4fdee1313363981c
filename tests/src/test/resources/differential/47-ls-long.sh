# ls -l with fixed times, owners and modes.
echo data > f
mkdir d
ln -s f l
chmod 640 f
chmod 750 d
chown 1000:1000 f
touch -h -d '2004-04-04 04:04:04' f d l
TZ=UTC0 ls -ln --full-time f d l | sed 's/  */ /g'
TZ=UTC0 ls -ld --full-time / | awk '{print $1}'
