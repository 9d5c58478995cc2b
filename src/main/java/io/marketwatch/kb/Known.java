package io.marketwatch.kb;

import java.util.List;
import java.util.Optional;

/**
 * What the knowledge base knows a name as: nothing, one entry, or several (the name is ambiguous).
 *
 * @param candidates every entry the name may mean
 */
public record Known(List<KnownEntity> candidates, KnowledgeBase base) {

    public Known {
        candidates = List.copyOf(candidates);
    }

    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** The kind every candidate shares, if they share one. */
    public Optional<EntityKind> kind() {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        EntityKind kind = candidates.get(0).kind();
        return candidates.stream().allMatch(e -> e.kind() == kind) ? Optional.of(kind) : Optional.empty();
    }

    public boolean isCompany() {
        return kind().orElse(null) == EntityKind.COMPANY;
    }

    public boolean isPerson() {
        return kind().orElse(null) == EntityKind.PERSON;
    }

    public boolean isProduct() {
        return kind().orElse(null) == EntityKind.PRODUCT;
    }

    /** A government body, regulator, university or other name that is not a company. */
    public boolean isNotCompany() {
        return kind().orElse(null) == EntityKind.OTHER;
    }

    /** Whether the name is also an everyday word (Apple, Shell, Target), so its capitals say less. */
    public boolean commonWord() {
        return candidates.stream().anyMatch(KnownEntity::commonWord);
    }

    /** The one company the name means; empty when it means none or several. */
    public Optional<KnownEntity> company() {
        return candidates.size() == 1 && isCompany() ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The company a known person works for, when the base knows it. */
    public Optional<KnownEntity> employer() {
        return isPerson() && candidates.size() == 1 ? base.entity(candidates.get(0).parent()) : Optional.empty();
    }

    /** The company that makes a known product, when the base knows it. */
    public Optional<KnownEntity> owner() {
        return isProduct() && candidates.size() == 1 ? base.entity(candidates.get(0).parent()) : Optional.empty();
    }
}
