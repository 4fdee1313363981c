# The process environment and identity from config.json.
env | sort
echo "$HOME"
id
hostname
uname -n
uname -s
ulimit -n
