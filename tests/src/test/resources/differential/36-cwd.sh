# cd, pwd and relative paths; .. at / stays at /.
pwd
mkdir -p a/b
cd a/b && pwd
cd ../.. && pwd
cd /
pwd
cd ..
pwd
cd ../../..
pwd
ls -d ../../etc
cd /etc/../bin/../etc
pwd
cd /tmp
cd "$OLDPWD"
pwd
cd -
