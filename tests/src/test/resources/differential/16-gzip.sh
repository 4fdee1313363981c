# gzip and gunzip round trips; compressed data is deterministic for the same input.
seq 1 2000 > nums
cp nums keep
gzip -n nums
ls
gzip -t nums.gz && echo ok
gunzip -c nums.gz | md5sum
md5sum < keep
zcat nums.gz | tail -1
gunzip nums.gz
cmp nums keep && echo restored
echo hi | gzip -n | gzip -dc
gzip -n -c keep | md5sum
