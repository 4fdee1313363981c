# Files made by redirection, touch and dd; sizes and contents read back.
echo hello > a
printf 'one\ntwo\n' >> a
touch empty
dd if=/dev/zero of=zeros bs=1024 count=3 2>/dev/null
: > truncated
stat -c '%n %s %F' a empty zeros truncated
cat a
wc -c < zeros
