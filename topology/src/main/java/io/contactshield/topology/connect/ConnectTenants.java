package io.contactshield.topology.connect;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tenant a contact record belongs to, by the Amazon Connect instance or AWS account it came
 * from. Routes are keyed by an instance ARN ({@code arn:aws:connect:REGION:ACCOUNT:instance/ID}, in
 * any AWS partition) or a 12-digit account id. An instance route is the more specific, so it wins
 * over a route for its account: one account may host instances of several tenants, while a tenant
 * with one account need not list each instance.
 */
public final class ConnectTenants {

    static final Pattern INSTANCE_ARN = Pattern.compile(
            "arn:aws(?:-[a-z]+)*:connect:[a-z]{2}(?:-[a-z]+)+-[0-9]+:([0-9]{12}):instance/[A-Za-z0-9][A-Za-z0-9-]{0,127}");
    static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

    private final Map<String, String> routes;

    /**
     * @param routes instance ARN or account id to tenant id
     * @throws IllegalArgumentException naming the first key that is neither an instance ARN nor an
     *     account id, or whose tenant id is blank
     */
    public ConnectTenants(Map<String, String> routes) {
        Objects.requireNonNull(routes, "routes");
        Map<String, String> copy = new HashMap<>();
        for (Map.Entry<String, String> route : routes.entrySet()) {
            String key = route.getKey();
            if (key == null) {
                throw new IllegalArgumentException("Connect tenant route with a null key");
            }
            if (!INSTANCE_ARN.matcher(key).matches() && !ACCOUNT_ID.matcher(key).matches()) {
                throw new IllegalArgumentException("Connect tenant route key '" + key
                        + "' is neither an instance ARN (arn:aws:connect:REGION:ACCOUNT:instance/ID)"
                        + " nor a 12-digit AWS account id");
            }
            String tenant = route.getValue();
            if (tenant == null || tenant.isBlank() || !tenant.strip().equals(tenant)) {
                throw new IllegalArgumentException("Connect tenant route '" + key
                        + "' has a blank tenant id or one with surrounding whitespace");
            }
            copy.put(key, tenant);
        }
        this.routes = Map.copyOf(copy);
    }

    /**
     * The tenant of a contact record: by its exact instance ARN, else by the account in that ARN,
     * else by its AWSAccountId. Either argument may be null.
     */
    public Optional<String> tenantOf(String instanceArn, String awsAccountId) {
        // Each argument is looked up only as what it claims to be, so that an account id in the
        // InstanceARN field (or an ARN in AWSAccountId) cannot reach a route of the other kind.
        if (instanceArn != null) {
            Matcher arn = INSTANCE_ARN.matcher(instanceArn);
            if (arn.matches()) {
                String tenant = routes.get(instanceArn);
                if (tenant == null) {
                    tenant = routes.get(arn.group(1));
                }
                if (tenant != null) {
                    return Optional.of(tenant);
                }
            }
        }
        if (awsAccountId != null && ACCOUNT_ID.matcher(awsAccountId).matches()) {
            return Optional.ofNullable(routes.get(awsAccountId));
        }
        return Optional.empty();
    }

    /** Routes hold only configuration, no record values; the count is enough to recognise them. */
    @Override
    public String toString() {
        return "ConnectTenants[" + routes.size() + " routes]";
    }
}
