# cd through a symlink: logical and physical pwd.
mkdir -p real/sub
ln -s real/sub link
cd link
pwd
pwd -P | sed "s|^/tmp/[^/]*|DIR|"
cd ..
pwd | sed "s|^/tmp/[^/]*|DIR|"
cd -P link
pwd | sed "s|^/tmp/[^/]*|DIR|"
