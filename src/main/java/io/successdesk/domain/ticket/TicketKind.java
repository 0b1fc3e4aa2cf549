package io.successdesk.domain.ticket;

/** What a support issue is about; health counts defects and questions separately (docs/product.md §4). */
public enum TicketKind {
    DEFECT, QUESTION, REQUEST
}
