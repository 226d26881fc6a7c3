import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '@/common/errors/domain-error';
import { ListQueryDto, Page } from '@/common/http/list-query.dto';
import { CreatePostOfficeDto } from './post-office.dto';
import { PostOffice } from './post-office.entity';

@Injectable()
export class PostOfficesService {
  constructor(@InjectRepository(PostOffice) private readonly offices: Repository<PostOffice>) {}

  create(dto: CreatePostOfficeDto): Promise<PostOffice> {
    return this.offices.save(this.offices.create(dto));
  }

  async list(query: ListQueryDto): Promise<Page<PostOffice>> {
    const [items, total] = await this.offices.findAndCount({
      order: { postcode: 'ASC', name: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  async get(id: string): Promise<PostOffice> {
    const office = await this.offices.findOneBy({ id });
    if (!office) throw notFound('post_office', id);
    return office;
  }
}
