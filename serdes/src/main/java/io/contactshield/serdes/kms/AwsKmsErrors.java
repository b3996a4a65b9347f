package io.contactshield.serdes.kms;

import io.contactshield.serdes.kms.KmsException.Reason;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Maps what the AWS SDK throws to a {@link KmsException.Reason}. By error code rather than by
 * exception class: several KMS errors (AccessDeniedException, ThrottlingException) have no class
 * of their own in the SDK and arrive as its generic {@code KmsException}.
 */
final class AwsKmsErrors {

    private static final Map<String, Reason> BY_CODE = Map.ofEntries(
            Map.entry("NotFoundException", Reason.NOT_FOUND),

            Map.entry("AccessDeniedException", Reason.ACCESS_DENIED),
            Map.entry("InvalidGrantTokenException", Reason.ACCESS_DENIED),
            Map.entry("InvalidGrantIdException", Reason.ACCESS_DENIED),
            Map.entry("UnrecognizedClientException", Reason.ACCESS_DENIED),
            Map.entry("InvalidClientTokenId", Reason.ACCESS_DENIED),
            Map.entry("InvalidSignatureException", Reason.ACCESS_DENIED),
            Map.entry("IncompleteSignature", Reason.ACCESS_DENIED),
            Map.entry("MissingAuthenticationTokenException", Reason.ACCESS_DENIED),
            Map.entry("ExpiredTokenException", Reason.ACCESS_DENIED),

            Map.entry("DisabledException", Reason.DISABLED),

            Map.entry("KMSInvalidStateException", Reason.INVALID_STATE),

            Map.entry("InvalidCiphertextException", Reason.INVALID_CIPHERTEXT),
            Map.entry("IncorrectKeyException", Reason.INVALID_CIPHERTEXT),

            Map.entry("ThrottlingException", Reason.THROTTLED),
            Map.entry("LimitExceededException", Reason.THROTTLED),
            Map.entry("TooManyRequestsException", Reason.THROTTLED),
            Map.entry("RequestLimitExceeded", Reason.THROTTLED),

            Map.entry("KMSInternalException", Reason.UNAVAILABLE),
            Map.entry("DependencyTimeoutException", Reason.UNAVAILABLE),
            // KMS's own KeyUnavailableException: "the key is not available; you can retry".
            Map.entry("KeyUnavailableException", Reason.UNAVAILABLE),
            Map.entry("ServiceUnavailableException", Reason.UNAVAILABLE),
            Map.entry("InternalFailure", Reason.UNAVAILABLE),
            Map.entry("RequestTimeoutException", Reason.UNAVAILABLE));

    private AwsKmsErrors() {
    }

    /**
     * The {@link KmsException} for {@code e}. Its message names the operation, the key id, the
     * KMS error code and the KMS's own message; KMS never puts key material or plaintext in those.
     */
    static KmsException map(String operation, String keyId, SdkException e) {
        if (e instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) e;
            AwsErrorDetails details = service.awsErrorDetails();
            String code = details == null ? null : details.errorCode();
            String kmsMessage = details == null ? null : details.errorMessage();
            Reason reason = reason(code, service.statusCode(), service.isThrottlingException());
            return new KmsException(reason, operation, "key " + keyId + ": " + (code == null ? "error" : code)
                    + " (HTTP " + service.statusCode() + ", request id " + service.requestId() + ")"
                    + (kmsMessage == null || kmsMessage.isBlank() ? "" : ": " + kmsMessage), e);
        }
        // No answer from KMS: I/O error, connection refused, a timeout (ApiCallTimeoutException,
        // ApiCallAttemptTimeoutException), an interrupt, or credentials that could not be loaded.
        return new KmsException(Reason.UNAVAILABLE, operation, "key " + keyId + ": " + e.getClass().getSimpleName()
                + ": " + e.getMessage(), e);
    }

    static Reason reason(String code, int httpStatus, boolean sdkSaysThrottling) {
        Reason known = code == null ? null : BY_CODE.get(code);
        if (known != null) {
            return known;
        }
        if (httpStatus == 429 || sdkSaysThrottling) {
            return Reason.THROTTLED;
        }
        if (httpStatus >= 500) {
            return Reason.UNAVAILABLE;
        }
        // ValidationException, InvalidKeyUsageException, InvalidArnException, UnsupportedOperationException...
        return Reason.INVALID_REQUEST;
    }
}
