package io.marketwatch.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a site's robots.txt for this program (RFC 9309): the group naming our product
 * token, else the {@code *} group; the longest matching Allow or Disallow wins, Allow on a tie;
 * {@code *} and {@code $} are understood.
 */
final class RobotsTxt {

    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/", Pattern.compile("/.*"))));

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    private record Rule(boolean allow, String path, Pattern pattern) {
    }

    static RobotsTxt parse(byte[] bytes, String productToken) {
        String agent = productToken.toLowerCase(Locale.ROOT);
        List<Group> groups = new ArrayList<>();
        Group group = null;
        boolean ruleSeen = false;
        for (String raw : new String(bytes, StandardCharsets.UTF_8).split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (group == null || ruleSeen) {
                    group = new Group(new ArrayList<>(), new ArrayList<>());
                    groups.add(group);
                    ruleSeen = false;
                }
                group.agents.add(value.toLowerCase(Locale.ROOT));
            } else if ((key.equals("allow") || key.equals("disallow")) && group != null) {
                ruleSeen = true;
                if (!value.isEmpty()) {
                    group.rules.add(new Rule(key.equals("allow"), value, pattern(value)));
                }
            }
        }
        List<Rule> mine = rulesFor(groups, agent);
        List<Rule> anyone = rulesFor(groups, "*");
        return new RobotsTxt(mine != null ? mine : anyone != null ? anyone : List.of());
    }

    private record Group(List<String> agents, List<Rule> rules) {
    }

    /** The rules of every group naming the agent, merged; null when no group names it. */
    private static List<Rule> rulesFor(List<Group> groups, String agent) {
        List<Rule> rules = null;
        for (Group g : groups) {
            if (g.agents.contains(agent)) {
                rules = rules == null ? new ArrayList<>() : rules;
                rules.addAll(g.rules);
            }
        }
        return rules == null ? null : List.copyOf(rules);
    }

    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        boolean anchored = path.endsWith("$");
        String body = anchored ? path.substring(0, path.length() - 1) : path;
        for (String part : body.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + (anchored ? "" : ".*"));
    }

    /** Whether the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.pattern.matcher(path).matches() && (best == null || rule.path.length() > best.path.length()
                    || rule.path.length() == best.path.length() && rule.allow)) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }
}
