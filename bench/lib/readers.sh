# Readers for the benchmarks: sourced, needs $base (the site's origin) and $work (a scratch folder).

# form_token PATH: GETs the form page with the jar $jar and prints its antiforgery token.
form_token() {
  curl -s --max-time 10 -b "$jar" -c "$jar" "$base$1" \
    | python3 -c 'import re,sys; m=re.search(r"name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"", sys.stdin.read()); print(m.group(1) if m else "")'
}

# Signs up and then signs in through the real forms; prints the Cookie header value of the signed-in session.
sign_up() {
  local email="$1" jar="$work/cookies-$1.txt" token status cookie password="bench-password-$RANDOM$RANDOM"
  token=$(form_token /account/sign-up)
  [[ -n "$token" ]] || { echo "no antiforgery token on the sign-up form" >&2; return 1; }
  status=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -b "$jar" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$email" \
    --data-urlencode "Input.Password=$password" --data-urlencode "Input.ConfirmPassword=$password" \
    "$base/account/sign-up")
  [[ "$status" == 302 || "$status" == 303 ]] || { echo "sign-up of $email answered $status" >&2; return 1; }
  token=$(form_token /account/sign-in)
  status=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -b "$jar" -D "$jar.headers" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$email" \
    --data-urlencode "Input.Password=$password" "$base/account/sign-in")
  [[ "$status" == 302 || "$status" == 303 ]] || { echo "sign-in of $email answered $status" >&2; return 1; }
  # The session cookie is Secure in production, so curl's jar would not keep it over plain http: read it from the
  # response headers instead (the site reads a cookie whatever the scheme; wrk sends it as given).
  cookie=$(awk 'tolower($1) == "set-cookie:" { sub(/;.*/, "", $2); printf "%s%s", sep, $2; sep = "; " }' "$jar.headers")
  [[ "$cookie" == *jobpocalypse.auth=* ]] || { echo "the sign-in of $email set no session cookie" >&2; return 1; }
  status=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/account")
  [[ "$status" == 200 ]] || { echo "the session of $email is not signed in (/account answered $status)" >&2; return 1; }
  echo "$cookie"
}

# Writes an active Pro subscription for the account, the row Stripe's webhook fulfilment would write.
grant_pro() {
  local db="$1" email="$2" price="$3"
  python3 - "$db" "$email" "$price" <<'PY'
import sqlite3, sys, time
db, email, price = sys.argv[1:4]
con = sqlite3.connect(db)
(uid,) = con.execute("SELECT id FROM users WHERE normalized_email = ?", (email.upper(),)).fetchone()
now = int(time.time())
con.execute("""INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, current_period_end,
               cancel_at_period_end, updated_at) VALUES ('sub_bench_' || ?, ?, 'cus_bench', 'active', ?, ?, 0, ?)""",
            (uid, uid, price, now + 30 * 86400, now))
con.commit()
PY
  # The site reuses a reader's records for up to 5 s (Accounts:ReaderCache:Lifetime) and forgets them on its own
  # writes only; this write is made beside it, so it shows once that lifetime has passed.
  sleep 6
}
