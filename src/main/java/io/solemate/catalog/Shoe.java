package io.solemate.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "shoes")
public class Shoe extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String sku;
    public String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "brand_id")
    public Brand brand;

    public String category;
    public String gender;
    public String material;
    public String color;

    @Column(precision = 10, scale = 2)
    public BigDecimal price;

    public String description;

    @Column(name = "care_instructions")
    public String careInstructions;

    @Column(name = "care_interval_days")
    public int careIntervalDays;

    @Column(name = "lifespan_days")
    public int lifespanDays;

    @Column(name = "in_stock")
    public boolean inStock;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The style (model) this listing is a colourway of: see {@link Style}. */
    public String style;

    /** EU sizes offered with the pairs on hand; loaded in batches so a page of shoes costs one extra query. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shoe_sizes", joinColumns = @JoinColumn(name = "shoe_id"))
    @OrderBy("euSize")
    @BatchSize(size = 100)
    public List<SizeStock> sizes = new ArrayList<>();

    /** One size of a shoe and its pairs on hand. */
    @Embeddable
    public static class SizeStock {
        @Column(name = "eu_size", precision = 3, scale = 1)
        public BigDecimal euSize;

        public int stock;
    }
}
