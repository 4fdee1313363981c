# readonly: true
# A read-only root still reads, lists and executes; /dev stays writable.
wc -l < /etc/passwd
ls /etc | sort
busybox true && echo ran
echo ok > /dev/null && echo "dev null writable"
echo x > /tmp/f
echo "tmp: $?"
pwd
touch .
echo "touch cwd: $?"
