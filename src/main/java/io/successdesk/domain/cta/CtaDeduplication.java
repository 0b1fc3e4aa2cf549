package io.successdesk.domain.cta;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The de-duplication rule of docs/product.md §5: one active (open or snoozed) CTA per account + type + reason. */
public final class CtaDeduplication {

    private CtaDeduplication() {
    }

    /**
     * The proposals that would not duplicate an active CTA, nor an earlier proposal in the list; order kept.
     * Closed CTAs block nothing.
     */
    public static List<CtaProposal> newProposals(List<CtaProposal> proposals, Collection<Cta> existing) {
        Set<CtaDedupKey> taken = new HashSet<>();
        existing.stream().filter(cta -> cta.status().isActive()).forEach(cta -> taken.add(cta.key()));
        return proposals.stream().filter(proposal -> taken.add(proposal.key())).toList();
    }
}
