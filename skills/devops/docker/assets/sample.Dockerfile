FROM python
MAINTAINER someone@example.com
RUN apt-get update
RUN apt-get install -y build-essential
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
ENV API_TOKEN=changeme
CMD python app.py
