# Hundreds of files: create, count, list in order, remove.
i=0
while [ $i -lt 500 ]; do echo $i > f$i; i=$((i+1)); done
ls | wc -l
ls | sort -V | head -3
ls | sort | tail -2
cat f*  | awk '{s+=$1} END {print s}'
rm f1*
ls | wc -l
rm f*
ls | wc -l
