# user: 1000:1000
# Directory permission bits for an unprivileged user: r lists, x searches, w creates.
mkdir d
touch d/f
chmod 000 d
ls d
echo "ls 000: $?"
cd d
echo "cd 000: $?"
chmod 300 d
ls d
echo "ls 300: $?"
cat d/f
echo "cat 300: $?"
touch d/g
echo "touch 300: $?"
chmod 600 d
ls d
echo "ls 600: $?"
stat d/f > /dev/null
echo "stat 600: $?"
chmod 700 d
ls d
