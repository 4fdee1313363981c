# user: 1000:1000
# Files an unprivileged user creates are owned by it; chown away is refused.
touch f
stat -c '%u %g %a' f
chown 0 f
echo "status $?"
chgrp 0 f
echo "status $?"
stat -c '%u %g' f
echo $HOME
id -u; id -g
