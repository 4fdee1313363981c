# Root gives files away and stat shows numeric and named owners.
touch f
chown 1000:2000 f
stat -c '%u %g' f
chown 65534:65534 f
stat -c '%U %G' f
mkdir -p d/e
touch d/e/g
chown -R 7:8 d
stat -c '%n %u %g' d d/e d/e/g
