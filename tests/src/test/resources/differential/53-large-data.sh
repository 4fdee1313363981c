# Megabytes through files and pipes.
seq 1 200000 > nums
wc -l < nums
md5sum < nums
cat nums nums | sort -n | uniq -d | tail -1
dd if=nums of=copy bs=7777 2>/dev/null
cmp nums copy && echo copied
sort -rn nums | head -2
awk 'NR % 50000 == 0' nums
tr -d '\n' < nums | wc -c
