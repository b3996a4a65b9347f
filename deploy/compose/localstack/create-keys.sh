#!/bin/bash
# LocalStack init hook (ready.d): one symmetric KMS key per alias that contact-shield.properties
# names. Idempotent: an alias that exists is left alone.
set -euo pipefail
for alias in contact-shield-quarantine contact-shield-acme contact-shield-globex; do
  if awslocal kms describe-key --key-id "alias/$alias" > /dev/null 2>&1; then
    continue
  fi
  key_id=$(awslocal kms create-key --description "contact-shield local $alias" \
    --key-usage ENCRYPT_DECRYPT --key-spec SYMMETRIC_DEFAULT --query KeyMetadata.KeyId --output text)
  awslocal kms create-alias --alias-name "alias/$alias" --target-key-id "$key_id"
  echo "created alias/$alias -> $key_id"
done
