# Set times read back with stat and ls.
touch -d '2001-02-03 04:05:06' f
stat -c '%Y %X' f
TZ=UTC0 ls -l --full-time f 2>/dev/null | awk '{print $6, $7}' || true
touch -m -d '1999-12-31 23:59:59' f
stat -c '%Y %X' f
touch -a -d '2020-01-01 00:00:00' f
stat -c '%Y %X' f
touch -r f g
stat -c '%Y %X' g
touch -t 200507080910.11 h
stat -c '%Y' h
date -u -d @1000000000 '+%Y-%m-%d %H:%M:%S'
