# Symlink loops end in ELOOP.
ln -s a b
ln -s b a
ln -s self self
cat a
echo "status $?"
cat self/x
echo "status $?"
touch a
echo "status $?"
i=0
while [ $i -lt 45 ]; do ln -s l$((i+1)) l$i; i=$((i+1)); done
echo end > l45
cat l5
cat l0
echo "status $?"
