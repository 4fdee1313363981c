# A directory 100 levels deep: created, walked, entered and removed.
p=.
i=0
while [ $i -lt 100 ]; do p=$p/d$i; i=$((i+1)); done
mkdir -p $p
echo bottom > $p/leaf
cat $p/leaf
find . -type d | wc -l
find . -name leaf | wc -c
cd $p && pwd | tr '/' '\n' | grep -c '^d' && cd - > /dev/null
rm -r d0
ls
