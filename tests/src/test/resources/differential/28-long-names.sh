# 255-byte names work; 256 bytes fail with ENAMETOOLONG.
n255=$(printf 'a%.0s' $(seq 1 255))
n256=$(printf 'b%.0s' $(seq 1 256))
echo ok > $n255
cat $n255
ls | wc -L
mkdir d$n255
echo "mkdir 256: $?"
echo x > $n256
echo "create 256: $?"
cat $n256
echo "cat 256: $?"
mv $n255 short
cat short
