#!/bin/sh
# Runs two real scanners from Debian's packages against a demo instance of Homeward on loopback:
# wapiti (pages, signed in as the administrator, and anonymous) and sqlmap (the API's searches and
# JSON bodies, with a bearer token). Needs `apt-get install -y wapiti sqlmap` and a built
# config/target/homeward.jar. Ports are shared on a build machine: run it under the lock,
#   flock /tmp/homeward-it.lock config/src/test/scanner/scan.sh
# Reports land in config/target/scan/.
set -eu
cd "$(dirname "$0")/../../../.."
PORT=${SCAN_PORT:-8650}
BASE=http://127.0.0.1:$PORT
OUT=$(pwd)/config/target/scan
ADMIN_PASSWORD=Admin-password-for-scans
rm -rf "$OUT" && mkdir -p "$OUT"

HOMEWARD_PORT=$PORT HOMEWARD_DATA_DIR="$OUT/data" HOMEWARD_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java -jar config/target/homeward.jar --demo > "$OUT/homeward.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
i=0
until [ "$(curl -s -o /dev/null -w '%{http_code}' $BASE/health/ready)" = 200 ]; do
  i=$((i + 1)); [ $i -lt 240 ] || { echo "Homeward did not start"; exit 1; }; sleep 1
done

# sign in through the form as a browser would, and hand the session cookie to wapiti
curl -s -c "$OUT/jar" -b "$OUT/jar" $BASE/login.xhtml > "$OUT/login.html"
VIEW_STATE=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' "$OUT/login.html" | head -1)
curl -s -c "$OUT/jar" -b "$OUT/jar" -o /dev/null --data-urlencode loginForm=loginForm \
  --data-urlencode loginForm:username=admin --data-urlencode loginForm:password=$ADMIN_PASSWORD \
  --data-urlencode loginForm:signIn= --data-urlencode "jakarta.faces.ViewState=$VIEW_STATE" $BASE/login.xhtml
SESSION=$(awk '$6 == "HOMEWARD_SESSION" { print $7 }' "$OUT/jar" | tail -1)
printf '{"127.0.0.1": {"/": {"HOMEWARD_SESSION": {"version": 0, "value": "%s", "secure": false, "expires": null, "port": null}}}}\n' \
  "$SESSION" > "$OUT/cookie.json"

wapiti -u $BASE/ --scope folder -c "$OUT/cookie.json" --max-scan-time 300 --max-attack-time 45 \
  --flush-session -f txt -o "$OUT/wapiti-signed-in.txt" -v 1 > "$OUT/wapiti-signed-in.log" 2>&1 || true
wapiti -u $BASE/login.xhtml --scope folder --max-scan-time 90 --max-attack-time 20 \
  --flush-session -f txt -o "$OUT/wapiti-anonymous.txt" -v 1 > "$OUT/wapiti-anonymous.log" 2>&1 || true

TOKEN=$(curl -s -X POST $BASE/api/auth/token -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
INSTITUTION=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/institutions?q=PH-N01" | sed 's/.*"id":\([0-9]*\).*/\1/')
for target in "$BASE/api/institutions?q=North&region=North&sort=name" "$BASE/api/institutions/$INSTITUTION/residents?q=a" \
    "$BASE/api/audit?actor=admin&recordType=Institution"; do
  sqlmap -u "$target" -H "Authorization: Bearer $TOKEN" --batch --level 1 --risk 1 --dbms=PostgreSQL \
    --output-dir="$OUT/sqlmap" >> "$OUT/sqlmap.log" 2>&1 || true
done
sqlmap -u "$BASE/api/institutions" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data '{"code":"SQLMAP-1*","name":"Scanned*","type":"PSYCHIATRIC_HOSPITAL","ownership":"PUBLIC","region":"North*","district":"D*","bedCapacity":10,"currentResidents":5}' \
  --batch --level 1 --risk 1 --dbms=PostgreSQL --output-dir="$OUT/sqlmap" >> "$OUT/sqlmap.log" 2>&1 || true
sqlmap -u "$BASE/api/auth/token" -H 'Content-Type: application/json' --data '{"username":"ministry*","password":"x*"}' \
  --batch --level 1 --risk 1 --dbms=PostgreSQL --output-dir="$OUT/sqlmap" >> "$OUT/sqlmap.log" 2>&1 || true

echo "5xx answers during the scans: $(grep -c 'status\":500\|HTTP Status 500' "$OUT/homeward.log" || true)"
grep -hE "^(Cross Site|SQL|Blind|Command|Path|CRLF|XXE|Htaccess|Backup|Potentially|Server Side|Open Redirect|Content Security|Secure Flag|HttpOnly|Clickjacking|MIME|Strict-Transport|Anomal|Internal Server|Resource consumption|Fingerprint|Http Headers|Cookie)" \
  "$OUT/wapiti-signed-in.txt" "$OUT/wapiti-anonymous.txt" 2>/dev/null || true
grep -E "might be injectable|is vulnerable|all tested parameters do not appear to be injectable|appears to be|WARNING|CRITICAL" "$OUT/sqlmap.log" | sort | uniq -c
