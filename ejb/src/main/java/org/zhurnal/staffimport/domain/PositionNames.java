package org.zhurnal.staffimport.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.SearchKey;
import org.zhurnal.shared.text.TextRule;

/**
 * Positions as staff lists write them: Russian names separated by commas, in any case, with or without a
 * specialisation («учитель математики», «заместитель директора по УВР», «зам. директора»).
 */
public final class PositionNames {

    /** Name starts (search keys), most specific first; a name matches one when it is it or continues it. */
    private static final Map<String, Position> STARTS = new LinkedHashMap<>();

    static {
        for (Position position : Position.values()) {
            STARTS.put(SearchKey.of(position.title()), position);
        }
        for (String deputy : List.of("зам. директора", "зам.директора", "зам директора", "замдиректора")) {
            STARTS.put(deputy, Position.DEPUTY_DIRECTOR);
        }
        STARTS.put("администратор электронного журнала", Position.JOURNAL_ADMIN);
    }

    private PositionNames() {
    }

    /**
     * The positions named in the text.
     *
     * @throws InvalidInputException (field {@code positions}) when none is named or a name is unknown
     */
    public static Set<Position> parse(String text) {
        Set<Position> positions = EnumSet.noneOf(Position.class);
        List<String> unknown = new ArrayList<>();
        for (String part : TextRule.clean(text).split("\\s*[,;\\n]\\s*")) {
            String name = part.strip().replaceAll("\\.$", "");
            if (!name.isEmpty()) {
                find(SearchKey.of(name)).ifPresentOrElse(positions::add, () -> unknown.add(part.strip()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("positions", (unknown.size() == 1 ? "Неизвестная должность: «"
                    : "Неизвестные должности: «") + String.join("», «", unknown) + "». Допустимы: " + allowed());
        }
        if (positions.isEmpty()) {
            throw new InvalidInputException("positions", "Укажите хотя бы одну должность: " + allowed());
        }
        return positions;
    }

    private static Optional<Position> find(String key) {
        return STARTS.entrySet().stream()
                .filter(start -> key.equals(start.getKey()) || key.startsWith(start.getKey() + " ")
                        || key.startsWith(start.getKey() + "-"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** «учитель, директор, …» in the order lists usually name them. */
    public static String allowed() {
        return Arrays.stream(new Position[] {Position.TEACHER, Position.DIRECTOR, Position.DEPUTY_DIRECTOR,
                Position.JOURNAL_ADMIN, Position.SECRETARY}).map(Position::title).collect(Collectors.joining(", "));
    }
}
