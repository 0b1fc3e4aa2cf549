package io.successdesk.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.successdesk.domain.cta.CtaFact;
import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A CTA's facts as compact JSON, one member per fact under its stable {@link CtaFact#member()} name: dates as ISO
 * text, scores and percentages as numbers, bands as enum names, issue keys as an array, e.g.
 * {@code {"renewalDate":"2026-06-14","band":"AMBER"}}. The reason is not in the JSON (it is a column beside it).
 * Members this version does not know are ignored, so a row written by a newer version still loads.
 */
final class CtaFactsJson {

    private CtaFactsJson() {
    }

    static JsonObject toJson(CtaFacts facts) {
        JsonObject json = new JsonObject();
        facts.values().forEach((fact, value) -> {
            switch (fact.kind()) {
                case DATE, TEXT -> json.addProperty(fact.member(), value.toString());
                case SCORE -> json.addProperty(fact.member(), ((HealthScore) value).value());
                case BAND -> json.addProperty(fact.member(), ((HealthBand) value).name());
                case COUNT, PERCENT -> json.addProperty(fact.member(), (Number) value);
                case KEYS -> {
                    JsonArray keys = new JsonArray();
                    ((List<?>) value).forEach(key -> keys.add((String) key));
                    json.add(fact.member(), keys);
                }
            }
        });
        return json;
    }

    static String toText(CtaFacts facts) {
        return toJson(facts).toString();
    }

    static CtaFacts fromJson(CtaReason reason, JsonObject json) {
        Map<CtaFact, Object> values = new EnumMap<>(CtaFact.class);
        for (CtaFact fact : CtaFact.values()) {
            JsonElement element = json.get(fact.member());
            if (element == null || element.isJsonNull()) {
                continue;
            }
            values.put(fact, switch (fact.kind()) {
                case DATE -> LocalDate.parse(element.getAsString());
                case TEXT -> element.getAsString();
                case SCORE -> HealthScore.of(element.getAsDouble());
                case BAND -> HealthBand.valueOf(element.getAsString());
                case COUNT -> element.getAsInt();
                case PERCENT -> element.getAsDouble();
                case KEYS -> {
                    List<String> keys = new ArrayList<>();
                    element.getAsJsonArray().forEach(key -> keys.add(key.getAsString()));
                    yield keys;
                }
            });
        }
        return new CtaFacts(reason, values);
    }

    static CtaFacts fromText(CtaReason reason, String text) {
        return fromJson(reason, JsonParser.parseString(text).getAsJsonObject());
    }
}
