package org.zhurnal.calendar.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.TextRule;

/**
 * A school's bell schedule (расписание звонков), e.g. «Основное» or «Сокращённые уроки». It guards that
 * the lesson slots are numbered 1, 2, 3… in order, each ends after it starts, and none overlaps the next.
 */
@Entity
@Table(name = "bell_schedule")
public class BellSchedule {

    public static final TextRule NAME = new TextRule("name", 100,
            "Укажите название расписания звонков", "Название — не длиннее 100 символов");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 100)
    private String name;

    @ElementCollection
    @CollectionTable(name = "bell_slot", joinColumns = @JoinColumn(name = "bell_schedule_id"))
    @OrderBy("number")
    private List<BellSlot> slots = new ArrayList<>();

    protected BellSchedule() {
        // for JPA
    }

    public BellSchedule(Long schoolId, String name, List<BellSlot> slots) {
        this.schoolId = schoolId;
        this.name = NAME.required(name);
        if (slots.isEmpty()) {
            throw new InvalidInputException("slots", "Добавьте хотя бы один урок в расписание звонков");
        }
        LocalTime previousEnd = null;
        for (int i = 0; i < slots.size(); i++) {
            BellSlot slot = slots.get(i);
            int lesson = i + 1;
            if (slot.number() != lesson) {
                throw new InvalidInputException("slots", "Уроки нумеруются по порядку: ожидался урок " + lesson);
            }
            if (slot.startsAt() == null || slot.endsAt() == null || !slot.startsAt().isBefore(slot.endsAt())) {
                throw new InvalidInputException("slots", "Урок " + lesson + " должен заканчиваться позже, чем начинается");
            }
            if (previousEnd != null && slot.startsAt().isBefore(previousEnd)) {
                throw new InvalidInputException("slots", "Урок " + lesson + " начинается раньше конца урока " + i);
            }
            previousEnd = slot.endsAt();
        }
        this.slots.addAll(slots);
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public String name() {
        return name;
    }

    public List<BellSlot> slots() {
        return List.copyOf(slots);
    }
}
