# readonly: true
# A read-only root refuses every kind of write with EROFS.
cat /etc/passwd | head -1
echo x > /etc/new
echo "create: $?"
echo x >> /etc/passwd
echo "append: $?"
mkdir /newdir
echo "mkdir: $?"
rm /etc/group
echo "rm: $?"
touch /etc/passwd
echo "touch: $?"
ln -s a /bin/newlink
echo "symlink: $?"
mv /etc/group /etc/g
echo "mv: $?"
chmod 777 /etc/passwd
echo "chmod: $?"
