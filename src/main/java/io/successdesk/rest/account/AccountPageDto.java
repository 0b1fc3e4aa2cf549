package io.successdesk.rest.account;

import java.util.List;

/** One page of accounts and the total number matching the filters. */
public record AccountPageDto(List<AccountDto> items, int offset, int limit, long total) {
}
