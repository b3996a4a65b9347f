package io.contactshield.topology.policy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What to do with each piece of personal data: per field path, else per entity type, else the
 * default, which is {@link PolicyAction#TOKENIZE} unless the file says otherwise.
 *
 * <p>The file is a Java properties file read as UTF-8:
 * <pre>
 * default.action=TOKENIZE                  # TOKENIZE (if absent), MASK, REDACT or HASH
 * default.mask.keep.last=4                 # defaults for every MASK rule (4 if absent)
 * default.mask.keep.first=0                # (0 if absent)
 * default.mask.char=*                      # (* if absent)
 * type.CREDIT_CARD.action=MASK             # per entity type
 * type.CREDIT_CARD.mask.keep.last=4        # mask settings of a MASK rule
 * type.EMAIL.action=HASH
 * field.agentNotes.action=REDACT           # per field path: wins over type rules
 * field.transcript.content.action=MASK     # no array index: covers every element
 * field.attributes["order.id"].action=REDACT   # a map key that is not a plain name, quoted
 * </pre>
 *
 * A field rule covers its path and everything under it ({@code field.attributes} covers
 * {@code attributes.note}); the longest matching rule wins. Action names are case-insensitive.
 * {@code mask.*} keys on a type or field are allowed only when its action is MASK, so a typo
 * cannot silently leave a value tokenized instead of masked, and the rule's unset mask keys come
 * from {@code default.mask.*}. Every problem in a file is reported at once, each naming its key
 * ({@link InvalidPolicyException#problems()}). Immutable and thread-safe.
 */
public final class ProtectionPolicy {

    private static final String DEFAULT_SCOPE = "default";
    private static final String TYPE_PREFIX = "type.";
    private static final String FIELD_PREFIX = "field.";
    private static final String ACTION = "action";
    private static final String KEEP_FIRST = "mask.keep.first";
    private static final String KEEP_LAST = "mask.keep.last";
    private static final String MASK_CHAR = "mask.char";
    private static final List<String> SETTINGS = List.of(ACTION, KEEP_FIRST, KEEP_LAST, MASK_CHAR);
    private static final int MAX_KEEP = 64;
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private static final ProtectionPolicy DEFAULTS =
            new ProtectionPolicy(ProtectionRule.of(PolicyAction.TOKENIZE), Map.of(), Map.of());

    private final ProtectionRule defaultRule;
    private final Map<String, ProtectionRule> typeRules;
    private final Map<String, ProtectionRule> fieldRules;

    private ProtectionPolicy(ProtectionRule defaultRule, Map<String, ProtectionRule> typeRules,
            Map<String, ProtectionRule> fieldRules) {
        this.defaultRule = defaultRule;
        this.typeRules = Map.copyOf(typeRules);
        this.fieldRules = Map.copyOf(fieldRules);
    }

    /** Tokenize everything. */
    public static ProtectionPolicy defaults() {
        return DEFAULTS;
    }

    /** Reads a policy file (UTF-8 properties). */
    public static ProtectionPolicy load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return parse(properties, file.toString());
    }

    /** A policy from properties already read; {@code source} names them in errors. */
    public static ProtectionPolicy parse(Properties properties, String source) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            entries.put(key, properties.getProperty(key));
        }
        return parse(entries, source);
    }

    /**
     * A policy from key-value pairs as in the file.
     *
     * @throws InvalidPolicyException naming every bad key
     */
    public static ProtectionPolicy parse(Map<String, String> entries, String source) {
        List<String> problems = new ArrayList<>();
        // scope ("default", "type.X", "field.p") -> setting -> value, in key order for stable errors
        Map<String, Map<String, String>> scopes = new TreeMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
            String key = entry.getKey().strip();
            String scope = scopeOf(key, problems);
            if (scope != null) {
                String setting = key.substring(scope.length() + 1);
                scopes.computeIfAbsent(scope, s -> new TreeMap<>()).put(setting, entry.getValue().strip());
            }
        }

        Map<String, String> defaults = scopes.getOrDefault(DEFAULT_SCOPE, Map.of());
        ProtectionRule base = ProtectionRule.of(PolicyAction.TOKENIZE);
        ProtectionRule defaultRule = rule(DEFAULT_SCOPE, defaults, base, true, problems);
        if (defaultRule == null) {
            defaultRule = base;
        }
        Map<String, ProtectionRule> typeRules = new LinkedHashMap<>();
        Map<String, ProtectionRule> fieldRules = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> scope : scopes.entrySet()) {
            String name = scope.getKey();
            if (name.equals(DEFAULT_SCOPE)) {
                continue;
            }
            ProtectionRule rule = rule(name, scope.getValue(), defaultRule, false, problems);
            if (rule == null) {
                continue;
            }
            if (name.startsWith(TYPE_PREFIX)) {
                typeRules.put(name.substring(TYPE_PREFIX.length()), rule);
            } else {
                fieldRules.put(name.substring(FIELD_PREFIX.length()), rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(source, problems);
        }
        return new ProtectionPolicy(defaultRule, typeRules, fieldRules);
    }

    // "default", "type.X" or "field.p" for a known key; null (and a problem) otherwise.
    private static String scopeOf(String key, List<String> problems) {
        for (String setting : SETTINGS) {
            if (!key.endsWith("." + setting)) {
                continue;
            }
            String scope = key.substring(0, key.length() - setting.length() - 1);
            if (scope.equals(DEFAULT_SCOPE)) {
                return scope;
            }
            if (scope.startsWith(TYPE_PREFIX)) {
                String type = scope.substring(TYPE_PREFIX.length());
                if (!ENTITY_TYPE.matcher(type).matches()) {
                    problems.add(key + ": '" + type + "' is not an entity type (upper-case letters,"
                            + " digits and '_', such as CREDIT_CARD)");
                    return null;
                }
                return scope;
            }
            if (scope.startsWith(FIELD_PREFIX)) {
                String problem = PolicyPaths.problem(scope.substring(FIELD_PREFIX.length()));
                if (problem != null) {
                    problems.add(key + ": " + problem);
                    return null;
                }
                return scope;
            }
        }
        problems.add(key + ": unknown key; expected default.<setting>, type.<TYPE>.<setting> or"
                + " field.<path>.<setting>, with <setting> one of " + String.join(", ", SETTINGS));
        return null;
    }

    // The rule of one scope, its unset mask settings taken from inherited; null after a problem.
    private static ProtectionRule rule(String scope, Map<String, String> settings, ProtectionRule inherited,
            boolean isDefault, List<String> problems) {
        int before = problems.size();
        PolicyAction action = inherited.action();
        String actionValue = settings.get(ACTION);
        if (actionValue != null) {
            action = parseAction(scope + "." + ACTION, actionValue, problems);
        } else if (!isDefault) {
            problems.add(scope + "." + ACTION + ": missing; " + scope + " has mask settings but no action");
        }
        if (!isDefault && action != null && action != PolicyAction.MASK) {
            for (String setting : List.of(KEEP_FIRST, KEEP_LAST, MASK_CHAR)) {
                if (settings.containsKey(setting)) {
                    problems.add(scope + "." + setting + ": set, but " + scope + "." + ACTION + " is "
                            + action + ", not MASK");
                }
            }
        }
        int keepFirst = parseKeep(scope + "." + KEEP_FIRST, settings.get(KEEP_FIRST), inherited.maskKeepFirst(), problems);
        int keepLast = parseKeep(scope + "." + KEEP_LAST, settings.get(KEEP_LAST), inherited.maskKeepLast(), problems);
        char maskChar = inherited.maskChar();
        String maskValue = settings.get(MASK_CHAR);
        if (maskValue != null) {
            if (maskValue.length() != 1 || !ProtectionRule.validMaskChar(maskValue.charAt(0))) {
                problems.add(scope + "." + MASK_CHAR + ": must be one visible character, not a digit");
            } else {
                maskChar = maskValue.charAt(0);
            }
        }
        if (problems.size() > before || action == null) {
            return null;
        }
        return new ProtectionRule(action, keepFirst, keepLast, maskChar);
    }

    private static PolicyAction parseAction(String key, String value, List<String> problems) {
        try {
            return PolicyAction.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(key + ": '" + value + "' is not an action; expected one of "
                    + EnumSet.allOf(PolicyAction.class));
            return null;
        }
    }

    private static int parseKeep(String key, String value, int inherited, List<String> problems) {
        if (value == null) {
            return inherited;
        }
        try {
            int keep = Integer.parseInt(value);
            if (keep >= 0 && keep <= MAX_KEEP) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + ": '" + value + "' is not a whole number from 0 to " + MAX_KEEP);
        return inherited;
    }

    /**
     * The rule for a finding: the longest field rule covering its path (array indices ignored),
     * else the rule for its entity type, else the default.
     */
    public ProtectionRule ruleFor(String fieldPath, String entityType) {
        if (!fieldRules.isEmpty()) {
            String path = PolicyPaths.withoutIndices(fieldPath);
            String best = null;
            for (String rulePath : fieldRules.keySet()) {
                if (covers(rulePath, path) && (best == null || rulePath.length() > best.length())) {
                    best = rulePath;
                }
            }
            if (best != null) {
                return fieldRules.get(best);
            }
        }
        return typeRules.getOrDefault(entityType, defaultRule);
    }

    private static boolean covers(String rulePath, String path) {
        if (!path.startsWith(rulePath)) {
            return false;
        }
        if (path.length() == rulePath.length()) {
            return true;
        }
        char next = path.charAt(rulePath.length());
        return next == '.' || next == '[';
    }

    /** The actions some rule of this policy may take. */
    public Set<PolicyAction> actions() {
        Set<PolicyAction> actions = EnumSet.of(defaultRule.action());
        typeRules.values().forEach(rule -> actions.add(rule.action()));
        fieldRules.values().forEach(rule -> actions.add(rule.action()));
        return actions;
    }

    @Override
    public String toString() {
        return "ProtectionPolicy[default=" + defaultRule + ", types=" + typeRules + ", fields=" + fieldRules + "]";
    }
}
