# chmod in octal and symbolic forms, setuid/sticky bits as stat shows them.
touch f
chmod 000 f; stat -c '%a %A' f
chmod 755 f; stat -c '%a %A' f
chmod u-x,g+w,o= f; stat -c '%a %A' f
chmod a+r f; stat -c '%a %A' f
chmod 4755 f; stat -c '%a %A' f
mkdir d
chmod 1777 d; stat -c '%a %A' d
chmod -R 700 d; stat -c '%a %A' d
chmod 644 missing
echo "status $?"
