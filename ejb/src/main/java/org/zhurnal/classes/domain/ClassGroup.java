package org.zhurnal.classes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zhurnal.shared.text.SearchKey;
import org.zhurnal.shared.text.TextRule;

/** A group inside a class (подгруппа: «Английский, группа 1»), part of the {@link SchoolClass}. */
@Entity
@Table(name = "class_group")
public class ClassGroup {

    static final TextRule NAME = new TextRule("name", 50, "Укажите название группы",
            "Название группы — не длиннее 50 символов");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @Column(nullable = false, length = 50)
    private String name;

    protected ClassGroup() {
        // for JPA
    }

    ClassGroup(SchoolClass schoolClass, String name) {
        this.schoolClass = schoolClass;
        this.name = NAME.required(name);
    }

    /** The same name regardless of case and «ё». */
    boolean isNamed(String other) {
        return SearchKey.of(name).equals(SearchKey.of(TextRule.clean(other)));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
