# user: 1000:1000
# An unprivileged user is refused what permissions deny.
id
echo mine > mine
chmod 600 mine
cat mine
chmod 000 mine
cat mine
echo "status $?"
echo x > mine
echo "status $?"
cat /etc/passwd > /dev/null && echo "passwd readable"
echo x > /etc/passwd
echo "status $?"
touch /etc/new
echo "status $?"
mkdir /root/d
echo "status $?"
mkdir locked
chmod 500 locked
touch locked/f
echo "status $?"
chmod 700 locked
touch locked/f && echo "now writable"
[ -w /etc/group ] || echo "group not writable"
[ -r /etc/group ] && echo "group readable"
